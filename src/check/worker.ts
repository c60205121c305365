/**
 * The checking worker: a thread that checks drafts one at a time for a
 * {@link CheckPool} (`./pool.ts`). It loads the parsers and the analysis once
 * and says it is ready; then each `{id, job}` gets back `{id, result}` or
 * `{id, problem}`. Parsing and checking run here, not in the CLI's or the
 * language server's own thread, so that a draft that takes too long can be
 * stopped (the pool terminates the thread) and nothing else waits on it.
 */
import {parentPort} from 'node:worker_threads'
import {problemOf, runCheck, type CheckJob} from './job.js'

const port = parentPort
if (port) {
  // Whatever a dependency might print goes to stderr: the CLI's stdout
  // carries JSON or SARIF, the language server's the protocol.
  console.log = console.info = console.debug = console.error
  port.on('message', function ({id, job}: {id: number; job: CheckJob}) {
    runCheck(job).then(
      (result) => {
        try {
          port.postMessage({id, result})
        } catch (error) {
          port.postMessage({id, problem: problemOf(error)})
        }
      },
      (error: unknown) => port.postMessage({id, problem: problemOf(error)})
    )
  })
  port.postMessage({ready: true})
}
