/** The bilingual message helper the schemas use; the formatter itself lives in src/lib/errors/. */
export { fieldMessage } from '../lib/errors/format.ts';
