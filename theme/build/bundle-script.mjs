// Writes theme/dist/site.js: GOV.UK Frontend's UMD bundle followed by the
// theme's site.js, as one classic script. Run by Theme.targets.
//
// usage: node build/bundle-script.mjs <output> <input>...
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

const [output, ...inputs] = process.argv.slice(2)
if (!output || inputs.length === 0) {
  console.error('usage: node build/bundle-script.mjs <output> <input>...')
  process.exit(2)
}

// The source map comments point at files that are not published.
const withoutSourceMap = (text) => text.replace(/^\/\/# sourceMappingURL=.*$/gm, '')

const parts = inputs.map((input) => {
  try {
    return `/* ${input.split('/').slice(-2).join('/')} */\n${withoutSourceMap(readFileSync(input, 'utf8')).trim()}\n`
  } catch (error) {
    console.error(`Cannot read ${input}: ${error.message}`)
    process.exit(1)
  }
})

mkdirSync(dirname(output), { recursive: true })
writeFileSync(output, parts.join(';\n'))
