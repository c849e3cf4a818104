/** The win/loss review: calibration of the likelihood, gaps against outcomes, and advice (docs/CALIBRATION.md). */
export { LAST_BEFORE_CLOSING, pickSnapshot, pointName, type CalibrationPoint } from './points';
export {
  CalibrationRecordSchema,
  RECORD_VERSION,
  calibrationRecord,
  closedDealsOfRecords,
  readCalibrationRecord,
  type CalibrationRecord,
} from './record';
export { readClosedDeals, type ClosedDeal, type ClosedDeals, type ReadOptions, type ReadSnapshot } from './read';
export {
  LOG_LOSS_CLIP,
  MIN_BIN_DEALS,
  RELIABILITY_BINS,
  brierScore,
  logLoss,
  median,
  reliabilityTable,
  type Forecast,
  type ReliabilityBin,
} from './scores';
export {
  MIN_DECIDED_DEALS,
  MIN_EACH_RESULT,
  calibrate,
  calibrationAt,
  figuresOf,
  forecastsAt,
  type CalibrationAt,
  type CalibrationFigures,
  type CalibrationReport,
} from './calibrate';
export { gapsVsOutcomes, type GapOutcome, type GapSide } from './gapsVsOutcomes';
export { BOUNDS, PRIOR_SD, currentValue, fitModel, type Fit, type FitObservation, type FittedParameter } from './fit';
export {
  FOLDS,
  MIN_FIT_DEALS,
  MIN_FIT_EACH,
  adoptionSetting,
  advise,
  fitObservations,
  type Advice,
  type AdviceVerdict,
  type AdvisedParameter,
} from './advice';
export { adoptForTeam, reviewDeals, undoAdoption, type Review } from './review';
export { describeAdvice, describeApart, describeCalibration, describeParameter, describePoint } from './wording';
