/**
 * The worker thread that cuts factsheets and area PDFs (split-pdfs.ts). It answers with the
 * result or with the error's message, so that the build reports it as its own.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { firstLine } from '../build/build-error.ts';
import { writeSplitPdfs, type SplitJob } from './split-pdfs.ts';

try {
  parentPort!.postMessage({ result: await writeSplitPdfs(workerData as SplitJob) });
} catch (error) {
  parentPort!.postMessage({ error: `Cutting the factsheets failed: ${firstLine(error)}` });
}
