export type { Claim, ClaimType, Evidence } from './types';
export { CLAIM_TYPES } from './types';
export type { Calibration, CalibrationCurve, ClaimAttribution, ClassifyOptions } from './classify';
export {
  calibrate,
  claimFeatures,
  classifyClaims,
  shippedCalibration,
  classifySentence,
  DEFAULT_RULE_THRESHOLD,
  DEFAULT_RULE_WEIGHT,
  singleSentenceDoc,
} from './classify';
export type { ClaimModel, TrainingExample, TrainingOptions } from './model';
export {
  DEFAULT_MIN_WORD_COUNT,
  dropRareWords,
  modelFeatures,
  modelLogScores,
  predictDistribution,
  predictSentence,
  shippedModel,
  trainClaimModel,
  trainNaturalBayes,
} from './model';
export { scoreRules } from './rules';
export type { ClaimMixRow, EvidenceCountRow } from './mix';
export { claimMix, evidenceCounts } from './mix';
export type { ClaimCase, LabelledClaim } from './dataset';
export { claimCases, readLabelledClaims } from './dataset';
export type { ClaimScores, Prediction, ReliabilityRow, ShippedFiles } from './evaluate';
export {
  calibrationError,
  caseFeatures,
  classifyCaseClaims,
  classifyCases,
  fitCalibration,
  reliabilityTable,
  groupedFolds,
  trainShipped,
  crossCalibrated,
  modelCases,
  predictionsOf,
  scorePredictions,
  trainOnCases,
} from './evaluate';
