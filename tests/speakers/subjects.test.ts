import { describe } from 'vitest';
import { itGives } from './quote-expectations';

/**
 * Families of subject errors (who a cue's subject is), each with sentences written for the tests.
 */
describe('a year opening the sentence is not part of the subject after it', () => {
  itGives([
    [
      'In 2021 a county spokesman assured residents the bypass was fully funded.',
      { content: 'the bypass was fully funded', speaker: 'a county spokesman', kind: 'indirect' },
    ],
    [
      'By 1998 Mr Okoro had told the board that the mill would close.',
      { content: 'the mill would close', speaker: 'Mr Okoro', kind: 'indirect' },
    ],
    [
      'In 2019 Hale said the ferry would run all winter.',
      { content: 'the ferry would run all winter', speaker: 'Hale', kind: 'indirect' },
    ],
  ]);
});
