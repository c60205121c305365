/**
 * vouch: the preset. Builds the sourcing ledger of the document, then runs
 * every rule on it with its configured severity.
 *
 *     import {unified} from 'unified'
 *     import retextEnglish from 'retext-english'
 *     import retextVouch from 'vouch'
 *
 *     unified().use(retextEnglish).use(retextVouch, {
 *       rules: {'no-comment': 'off', 'anonymous-source': ['error', {allowExplained: true}]}
 *     })
 *
 * The preset is one plugin with one transformer (ledger, then rules in
 * order) rather than a plugin that `use`s others: a processor copied with
 * `processor()` then cannot end up with the rules twice or out of order.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import retextVouchLedger from './analysis/index.js'
import {allRules} from '../rules/index.js'
import type {DefaultSeverity, RuleSetting, Transform} from './rule.js'

export {default as retextVouchLedger} from './analysis/index.js'
export type * from './analysis/types.js'
export {toLedgerJson} from './analysis/json.js'
export type {LedgerJson} from './analysis/json.js'
export type {RelatedPlace, RuleSetting, Severity, DefaultSeverity, VouchRule} from './rule.js'
export {docsBase, ruleUrl} from './rule.js'

/** A rule as the CLI, the language server and SARIF see it. */
export interface RuleInfo {
  /** `unconfirmed-claim`; messages carry it as `ruleId` (and `source: 'vouch'`). */
  id: string
  /** Severity when the config does not set one. */
  severity: DefaultSeverity
  /** The rule's documentation page. */
  url: string
  /** One line: what the rule flags. */
  description: string
}

/** Every rule, in run order. */
export const rules: readonly RuleInfo[] = allRules.map((rule) =>
  Object.freeze({id: rule.id, severity: rule.severity, url: rule.url, description: rule.description})
)

export interface Options {
  /**
   * Per rule id: `'off' | 'info' | 'warn' | 'error'`, or
   * `[severity, ruleOptions]`. Rules not listed run at their default
   * severity. An unknown id is an error.
   */
  rules?: Record<string, RuleSetting>
}

const known = new Map<string, (typeof allRules)[number]>(allRules.map((rule) => [rule.id, rule]))

/** Check the options up front, so a typo in a config fails loudly instead of doing nothing. */
function validate(options: Options | null | undefined) {
  if (options === null || options === undefined) return
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new Error('vouch: expected options as an object like `{rules: {…}}`, not `' + JSON.stringify(options) + '`')
  }

  const settings = options.rules
  if (settings === undefined) return
  if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) {
    throw new Error('vouch: expected `rules` as an object of rule ids to settings')
  }

  for (const id of Object.keys(settings)) {
    if (!known.has(id)) {
      throw new Error(
        'vouch: unknown rule `' + id + '` in `rules`; known rules: ' + [...known.keys()].join(', ')
      )
    }
  }
}

/** The vouch preset: the ledger, then every rule. */
export default function retextVouch(options?: Options | null) {
  validate(options)
  const settings = options?.rules ?? {}
  const steps: Transform[] = []
  const ledger = retextVouchLedger()
  steps.push(function (tree, file, next) {
    ledger(tree, file)
    next()
  })

  for (const rule of allRules) {
    // A rule's severity setting is checked here too (`coerceSetting` throws).
    const transform = (rule as (setting?: RuleSetting) => Transform | undefined)(settings[rule.id])
    if (transform) steps.push(transform)
  }

  return function (tree: Root, file: VFile, done: (error?: Error) => void) {
    let index = -1
    next()
    function next(error?: Error) {
      if (error) return done(error)
      const step = steps[++index]
      if (!step) return done()
      step(tree, file, next)
    }
  }
}
