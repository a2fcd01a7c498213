// A suppression comment that silences nothing hides the next real finding of
// that rule on its line, and misleads the reader; it is reported so it can go.
import { defineRule } from './rule';

export default defineRule({
  id: 'unused-suppression',
  severity: 'warning',
  description: {
    en: 'A wp27017-disable comment that no longer suppresses anything.',
    ja: '何も抑止していない wp27017-disable コメントです。',
  },
  messages: {
    unused: {
      en: 'This suppression of {rules} silences nothing any more; remove it.',
      ja: 'この {rules} の抑止は、もう何も抑止していません。削除してください。',
    },
    remove: {
      en: 'Remove the unused suppression',
      ja: '使われていない抑止を削除する',
    },
  },
});
