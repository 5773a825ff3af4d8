// What both graders say in English: the engine's refusals and its word on weights, and
// the sheet picker's status (./shared-zh.ts in Chinese).
import type { MessageKey, Templates, WeightStepKey } from '../../lib/scoring/index.ts';
import type { sheetStatus as zhStatus } from './shared-zh.ts';

export const errors: Templates<MessageKey> = {
  empty: 'Not filled in yet. Type a number, for example 1050 or 95.5.',
  'not-a-number':
    'This is not a number. Type a number, for example 1050 or 95.5 (thousands commas are fine; no 万 and no 1e5).',
  'too-large': 'This number is too large (over 1,000,000,000,000). Check for extra zeros.',
  'rate-too-large':
    'The completion rate is too large to compute: the actual is over 10 billion times the plan (a rate over 1,000,000,000,000%). Check the plan for missing zeros, or the actual for extra ones.',
  'out-of-range': 'Out of range. Type a number from 0 to 100, for example 95.5.',
  'out-of-range-between': 'Out of range. Type a number from {min} to {max}.',
  'plan-not-positive':
    'The plan must be greater than 0, or there is no completion rate. Type a plan above 0, for example 1000.',
  negative: 'The actual cannot be negative. Type 0 or more, for example 950.',
  'not-integer': 'A count is a whole number. Type a number such as 0, 1 or 2.',
  'weight-out-of-range': 'A weight is from 0 to 100. Type a percentage: 40 means 40%.',
  'negative-actual':
    'The actual is negative (returns exceeding sales, say), so the completion rate is negative. Check that this is not a typo.',
  'looks-like-fractions':
    'The weights total 1, as if typed as fractions. Type percentages: 40 for 40%, not 0.4.',
};

export const weightSteps: Templates<WeightStepKey> = {
  weightsRefused:
    'Weights not filled in or refused: {n}. Correct the weights first (numbers from 0 to 100).',
  weightsAllZero:
    'Every weight is 0, so nothing can be rescaled: give at least one weight above 0.',
  weightsShort:
    'The weights total {sum}%, {missing}% short: bring them up to 100%, or choose to rescale them to 100%.',
  weightsOver:
    'The weights total {sum}%, {over}% over: bring them down to 100%, or choose to rescale them to 100%.',
  weightsFractions:
    'The weights total 1, as if typed as fractions. Type percentages: 40 for 40%, not 0.4.',
  sheetWeightsUnder:
    'The source’s sheet has weights totalling {sum}%, short of 100%. Bring the weights up to 100%, or tick “Rescale to 100%” to grade.',
  sheetWeightsOver:
    'The source’s sheet has weights totalling {sum}%, over 100%. Bring the weights down to 100%, or tick “Rescale to 100%” to grade.',
};

export const sheetStatus: typeof zhStatus = {
  loading: 'Loading the sheet “{title}”…',
  failed:
    'Could not load the sheet “{title}”{why}. Check the network connection and press “Retry”, or reload the page.',
  http: ' ({status})',
  retry: 'Retry',
};
