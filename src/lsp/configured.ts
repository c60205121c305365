/**
 * The checks a draft's own config asks for, applied from inside the processor.
 *
 * The CLI gives `unified-engine` a `configTransform` (`src/config.ts`) that
 * turns `.vouchrc`'s `{"rules": {…}}` into vouch's check plugins.
 * `unified-language-server` passes `rcName`, `packageField` and `ignoreName`
 * on to the engine, but not `configTransform` or `defaultConfig`: with it
 * alone, the engine would find `.vouchrc`, see no `plugins` in it, and run no
 * checks at all. So this plugin does what the engine would do with those two
 * options — load the config for the draft with the engine's own
 * `Configuration` class and the CLI's options, then run the plugins it
 * yields on the tree. The editor and CI thus read the same files, the same
 * way, and run the same plugins (the preset, then inline control).
 *
 * The engine still reads the config itself (without the transform, where a
 * `{"rules": …}` file is simply a preset with no plugins): that keeps its
 * ignore file, `requireConfig`, and its report of a config file that does
 * not parse.
 */
import type {Root} from 'nlcst'
import type {PluginTuple, Processor} from 'unified'
import {unified} from 'unified'
import {Configuration, type ConfigResult} from 'unified-engine'
import type {VFile} from 'vfile'
import {recordRelated} from './related.js'

/** The `Configuration` options the CLI uses (minus `cwd`, which is per draft). */
export type ConfiguredOptions = Omit<ConstructorParameters<typeof Configuration>[0], 'cwd'>

declare module 'vfile' {
  interface DataMap {
    /** Set by `unified-language-server` on every document it checks. */
    lspDocumentUri: string
    /** Set by the language server's parser when the text is not to be checked (outdated, too long). */
    vouchOutdated: boolean
  }
}

/** Checks built for one resolved config, reused while the config is unchanged. */
const built = new Map<string, Processor<Root, Root, Root>>()
const maxBuilt = 16
const pluginIds = new WeakMap<object, number>()
let lastPluginId = 0

/** A number per plugin function, so a cache key can tell plugins apart. */
function pluginId(plugin: object): number {
  let id = pluginIds.get(plugin)
  if (id === undefined) {
    id = ++lastPluginId
    pluginIds.set(plugin, id)
  }

  return id
}

/** A processor that runs the plugins of `config` (as the engine's `configure` step would). */
function checksFor(config: ConfigResult): Processor<Root, Root, Root> {
  const key = JSON.stringify([
    config.filePath ?? '',
    config.settings,
    config.plugins.map(([plugin, ...options]) => [pluginId(plugin), options])
  ])
  let processor = built.get(key)
  if (!processor) {
    const fresh = unified().data('settings', config.settings) as unknown as Processor<Root, Root, Root>
    for (const [plugin, ...options] of config.plugins as Array<PluginTuple<unknown[]>>) {
      if (options[0] === false) continue
      fresh.use(plugin, ...options)
    }

    processor = fresh.freeze()
    if (built.size >= maxBuilt) built.delete(built.keys().next().value as string)
    built.set(key, processor)
  }

  return processor
}

function loadConfig(configuration: Configuration, filePath: string): Promise<ConfigResult> {
  return new Promise(function (resolve, reject) {
    configuration.load(filePath, function (error, result) {
      if (error || !result) reject(error ?? new Error('No configuration'))
      else resolve(result)
    })
  })
}

/** One line saying what is wrong with a config, from the engine's nested errors. */
export function describeConfigError(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  while (current instanceof Error && parts.length < 4) {
    parts.push(current.message.split('\n')[0])
    current = current.cause
  }

  return parts.length > 0 ? parts.join(': ') : String(error)
}

/** unified plugin: run the checks the draft's config (or the default) asks for. */
export default function vouchConfigured(options: ConfiguredOptions) {
  return async function (tree: Root, file: VFile) {
    // The editor has moved on (the result would never be shown), or the
    // text is too long to check live: nothing to do.
    if (file.data.vouchOutdated) return

    // A fresh `Configuration` per check, as the engine itself makes one per
    // run: an edited `.vouchrc` applies on the next keystroke.
    const configuration = new Configuration({...options, cwd: file.cwd})
    let checks: Processor<Root, Root, Root>
    try {
      checks = checksFor(await loadConfig(configuration, file.path))
    } catch (error) {
      // Not thrown: a thrown error becomes “Cannot process file” plus a stack
      // trace in the editor. One clear, fatal line naming the file instead.
      const message = file.message(describeConfigError(error), {source: 'vouch'})
      message.fatal = true
      return
    }

    await checks.run(tree, file)

    const uri = file.data.lspDocumentUri
    if (uri) recordRelated(uri, file.messages)
  }
}
