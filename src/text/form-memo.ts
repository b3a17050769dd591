import type { TokenForm } from './tokenize';

/**
 * A per-spelling cache a stage keeps on the token forms themselves. Every token of a spelling
 * shares one `TokenForm`, so what a stage derives from the spelling alone (lexicon flags, a
 * lexicon key, a shape) is computed once per form and then read with one array access per
 * token, instead of one string-keyed `Map` look-up per token and stage.
 */
export interface FormMemo<T> {
  /** The value kept for `form`, or undefined. */
  get(form: TokenForm): T | undefined;
  set(form: TokenForm, value: T): void;
}

let slots = 0;

/** A fresh slot on every form for one stage's cache (call once per cache, at module load). */
export function formMemo<T>(): FormMemo<T> {
  const slot = slots++;
  return {
    get: (form) => {
      const memo = form.memo;
      return memo === undefined ? undefined : (memo[slot] as T | undefined);
    },
    set: (form, value) => {
      (form.memo ??= [])[slot] = value;
    },
  };
}
