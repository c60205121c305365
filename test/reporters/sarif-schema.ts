/**
 * The published SARIF 2.1.0 schema (as shipped in `@microsoft/jest-sarif`)
 * compiled with ajv, to check what the `sarif` reporter writes.
 */
import {createRequire} from 'node:module'
import ajvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'

// Both are CommonJS with `exports.default`: take it whichever way the
// loader (Node or vitest) hands the module over.
const Ajv = (ajvDraft04 as unknown as {default?: typeof ajvDraft04.default}).default ?? (ajvDraft04 as unknown as typeof ajvDraft04.default)
const addFormats = (ajvFormats as unknown as {default?: typeof ajvFormats.default}).default ?? (ajvFormats as unknown as typeof ajvFormats.default)

const require = createRequire(import.meta.url)
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object

// The schema is draft-04 and has one pattern that is not valid as a unicode
// regex: hence ajv-draft-04 with `unicodeRegExp: false`.
export const ajv = new Ajv({strict: false, unicodeRegExp: false, allErrors: true})
addFormats(ajv)

export const validateSarif = ajv.compile(schema)

/** Schema errors as text (`No errors` when valid). */
export function sarifErrors(log: unknown): string {
  validateSarif(log)
  return ajv.errorsText(validateSarif.errors)
}
