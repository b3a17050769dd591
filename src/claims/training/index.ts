export type { TrainingExample, TrainingOptions } from './train-model';
export { DEFAULT_MIN_WORD_COUNT, dropRareWords, trainClaimModel, trainNaturalBayes } from './train-model';
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
