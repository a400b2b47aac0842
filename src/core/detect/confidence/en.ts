/**
 * Written by `npm run train:confidence`: the English request-confidence weights, one per
 * feature in featureNames.ts's order, fitted to 1904 requests the detector found in the
 * labelled corpus, as it reads it now and as it read new batches on arrival (230 of
 * them not asked for).
 */
export const weights: readonly number[] = [
  1.9, // bias
  -0.23, // type demo
  0.7, // type pricing
  0.35, // type proposal
  -0.25, // type information
  0.37, // type case-study
  1.23, // type references
  0.46, // type trial
  0.71, // type security
  -0.25, // type contract
  -1.21, // type meeting
  0.62, // question
  0.24, // opens with a modal
  -0.3, // please
  -0.61, // modal you
  0.89, // hand-over verb
  0.46, // we'd need or like
  -0.36, // if you have
  -0.4, // opens with a third person
  0.22, // future
  -0.63, // past
  -0.37, // you sent
  -0.08, // thanks
  -0.03, // negation
  -0.05, // i or we
  0.53, // you
  -0.73, // need or want
  -0.14, // another party
  -0.07, // time clause
  -0.33, // if
  0.24, // list item
  2.66, // item words
  -0.11, // item opens with 'the'
  1.25, // item opens with 'a'
  1.23, // item opens with 'our'/'your'
  -3.41, // requests in the message
  0.25, // place among them
  0.04, // sentence words
  -0.31, // place in the message
];
