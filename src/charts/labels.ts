/**
 * Words a person reads. The JSON and CSV keep the type keys (`counter_accusation`); charts,
 * legends, the report and the index show these labels instead.
 */

const CLAIM_LABELS: Record<string, string> = {
  counter_accusation: 'Counter-accusation',
  motive_attribution: 'Motive attribution',
  rejection_denial: 'Rejection or denial',
  accusation: 'Accusation',
  prediction_warning: 'Prediction or warning',
  commitment_resolve: 'Commitment',
  call_to_action: 'Call to action',
  cooperation_dialogue: 'Cooperation and dialogue',
  self_achievement: 'Own achievement',
  principle_position: 'Principle or position',
  concern_expressive: 'Concern or feeling',
  reported_fact: 'Reported fact',
  other: 'Other',
};

/** The label of a claim type (`counter_accusation` → `Counter-accusation`); an unknown key is made readable. */
export function claimLabel(type: string): string {
  return CLAIM_LABELS[type] ?? readable(type);
}

const VOICE_RULE_LABELS: Record<string, string> = {
  quote: 'quoted in the sentence',
  reported: 'reported speech',
  turn: 'transcript turn',
  continuation: 'continues the previous speaker',
  author: "the outlet's own voice",
};

/** Why a sentence has its voice, in words. */
export function voiceRuleLabel(rule: string): string {
  return VOICE_RULE_LABELS[rule] ?? readable(rule);
}

const QUOTE_KIND_LABELS: Record<string, string> = {
  direct: 'direct quote',
  indirect: 'indirect (reported) speech',
  mixed: 'reported speech with a quoted fragment',
  transcript: 'transcript turn',
  reported: 'speech act reported without its words',
};

export function quoteKindLabel(kind: string): string {
  return QUOTE_KIND_LABELS[kind] ?? readable(kind);
}

/** A claim below this confidence is drawn faint in the timeline and marked in the report. */
export const LOW_CONFIDENCE = 0.5;

const STRUCTURAL_EVIDENCE: Record<string, string> = {
  number: 'a number',
  time: 'a time word',
  question: 'a question',
  'question-turn': "a journalist's question",
  'lead-in': 'a lead-in line',
  title: 'a title line',
  heading: 'a heading',
  'sign-off': 'a sign-off',
  'voice:non-claim': 'a voice that makes no claim',
  declarative: 'a plain statement',
  'modality:imperative': 'an imperative',
};

/** A piece of claim evidence as a reader sees it: the cue words, not the rule key (`cue:their own * problems@other`). */
export function evidenceLabel(evidence: { readonly rule: string; readonly text?: string }): string {
  const { rule } = evidence;
  const structural = STRUCTURAL_EVIDENCE[rule];
  if (structural) return structural;
  const tense = /^tense:(\w+)/.exec(rule);
  if (tense) return `${tense[1]} tense`;
  const words = (evidence.text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  const modality = /^modality:(\w+)/.exec(rule);
  if (modality) return words ? `${modality[1]}: ${words}` : modality[1]!;
  if (words === '') return readable(rule.replace(/^[\w+]*cue:/, '').replace(/@\w+$/, ''));
  if (/^negation\+/.test(rule)) return `not ${words}`;
  return words;
}

function readable(key: string): string {
  const text = key.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
