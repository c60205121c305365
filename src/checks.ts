/**
 * The checks vouch runs on a parsed draft, in order: the preset (the ledger,
 * then every rule at its configured setting), then inline control comments
 * (`<!-- vouch disable … -->`). Apart from the parser (`src/processor.ts`) so
 * that config checking can build them without loading the parsers.
 */
import type {PluggableList} from 'unified'
import vouchControl from './formats/control.js'
import retextVouch, {rules, type Options} from './index.js'

/** The checks, in order: the preset (ledger + rules), then inline control. */
export function checkPlugins(options?: Options): PluggableList {
  return [
    [retextVouch, options],
    [vouchControl, {known: rules.map((rule) => rule.id)}]
  ]
}
