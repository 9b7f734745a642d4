/** `npm run spellcheck`: lists words of the content that the dictionary of their entry's language and the word list do not know. */
import { findMisspellings, WORDLIST } from './lib/spelling/spelling.ts';

const misspellings = await findMisspellings('content');
if (misspellings.length === 0) {
  console.log('No unknown words.');
} else {
  for (const { word, files } of misspellings) console.log(`${word}\t${files.join(', ')}`);
  console.log(
    `\n${misspellings.length} unknown word(s). Fix the typos; add correct words to content/${WORDLIST}.`,
  );
  process.exitCode = 1;
}
