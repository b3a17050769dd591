export type { TrainingExample, TrainingOptions } from './train-model';
export {
  BAYES_TEMPERATURE,
  DEFAULT_MIN_WORD_COUNT,
  dropRareWords,
  trainClaimModel,
  trainNaturalBayes,
} from './train-model';
export type { LogisticExample, LogisticOptions } from './train-logistic';
export { DEFAULT_LOGISTIC_OPTIONS, trainLogisticModel } from './train-logistic';
export type { ClaimCase, LabelledClaim } from './dataset';
export { claimCases, readLabelledClaims } from './dataset';
export type { ClaimScores, Prediction, ReliabilityRow, ShippedFiles } from './evaluate';
export {
  calibrationError,
  caseFeatures,
  caseRuleScores,
  classifyCaseClaims,
  classifyCases,
  fitCalibration,
  reliabilityTable,
  groupedFolds,
  trainShipped,
  trainShippedLogistic,
  crossCalibrated,
  modelCases,
  predictionsOf,
  scorePredictions,
  trainLogisticOnCases,
  trainOnCases,
} from './evaluate';
