import {createProcessor} from '/work/main/dist/src/processor.js'
import {reporter} from 'vfile-reporter'

import fs from 'fs'
import {VFile} from 'vfile'
const path = process.argv[2]
const file = new VFile({path, value: fs.readFileSync(path,'utf8')})
const p = createProcessor()
p.runSync(p.parse(file), file)
console.log(reporter(file))
