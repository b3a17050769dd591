export type { Claim, ClaimType, Evidence } from './types';
export { CLAIM_TYPES } from './types';
export type { ClaimAttribution, ClassifyOptions } from './classify';
export { claimFeatures, classifyClaims, classifySentence, DEFAULT_RULE_THRESHOLD, DEFAULT_RULE_WEIGHT, singleSentenceDoc } from './classify';
export type { ClaimModel, TrainingExample, TrainingOptions } from './model';
export { DEFAULT_MIN_WORD_COUNT, modelFeatures, modelLogScores, predictDistribution, shippedModel, trainClaimModel, trainNaturalBayes } from './model';
export { scoreRules } from './rules';
export type { ClaimMixRow, EvidenceCountRow } from './mix';
export { claimMix, evidenceCounts } from './mix';
