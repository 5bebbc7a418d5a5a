// The retext pipeline that `npm run bench` compares with, as a whole process: reads a file,
// runs retext-spell + retext-indefinite-article + retext-repeated-words, prints the message count.
import { readFileSync } from 'node:fs'
import dictionary from 'dictionary-en'
import { retext } from 'retext'
import retextEnglish from 'retext-english'
import retextIndefiniteArticle from 'retext-indefinite-article'
import retextRepeatedWords from 'retext-repeated-words'
import retextSpell from 'retext-spell'

const file = await retext()
  .use(retextEnglish)
  .use(retextSpell, { dictionary })
  .use(retextIndefiniteArticle)
  .use(retextRepeatedWords)
  .process(readFileSync(process.argv[2] ?? '', 'utf8'))
console.log(file.messages.length)
