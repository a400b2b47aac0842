/**
 * Written by `npm run train:confidence`: the English request-confidence weights, one per
 * feature in featureNames.ts's order, fitted to 1207 requests the detector found in the
 * labelled corpus (87 of them not asked for).
 */
export const weights: readonly number[] = [
  2.18, // bias
  0.22, // type demo
  0.56, // type pricing
  0.15, // type proposal
  -0.45, // type information
  0.16, // type case-study
  1.2, // type references
  0.53, // type trial
  0.54, // type security
  -0.25, // type contract
  -0.48, // type meeting
  0.63, // question
  0.03, // opens with a modal
  -0.52, // please
  -0.76, // modal you
  0.97, // hand-over verb
  0.71, // we'd need or like
  -0.6, // if you have
  -0.04, // opens with a third person
  -0.46, // future
  -0.48, // past
  0.42, // you sent
  0.12, // thanks
  0.19, // negation
  -0.13, // i or we
  0.87, // you
  -0.48, // need or want
  0.07, // another party
  -0.24, // time clause
  -0.1, // if
  0.42, // list item
  2.69, // item words
  -0.1, // item opens with 'the'
  0.92, // item opens with 'a'
  1.39, // item opens with 'our'/'your'
  -2.83, // requests in the message
  -0.06, // place among them
  -0.4, // sentence words
  -0.4, // place in the message
];
