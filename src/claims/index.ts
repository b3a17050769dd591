export type { Claim, ClaimType, Evidence } from './types';
export { CLAIM_TYPES } from './types';
export type {
  Calibration,
  CalibrationCurve,
  ClaimAttribution,
  ClassifyOptions,
  Combination,
  Decision,
} from './classify';
export {
  calibrate,
  claimFeatures,
  claimRuleScores,
  combineDecision,
  classifyClaims,
  shippedCalibration,
  classifySentence,
  DEFAULT_RULE_THRESHOLD,
  DEFAULT_RULE_WEIGHT,
  singleSentenceDoc,
} from './classify';
export type { BayesModel, ClaimModel, LogisticModel, Neighbours } from './model';
export { isLogistic, modelFeatures, modelLogScores, predictDistribution, predictSentence, shippedModel } from './model';
export { scoreRules } from './rules/index';
export type { ClaimMixRow, EvidenceCountRow } from './mix';
export { claimMix, evidenceCounts } from './mix';
