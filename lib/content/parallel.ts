import os from "node:os";
import { Worker } from "node:worker_threads";
import { finishLoad, prepareLoad, type LoadResult } from "./load";
import { CONTENT_DIR } from "./content-dir";
import { checkFile } from "./check-file";
import type { WorkerInput, WorkerOutput } from "./parallel-worker";

/** Below this many articles, starting threads costs more than it saves. */
const MIN_FILES_PER_THREAD = 250;

/**
 * `loadContent` with the per-file work (parse, validate, render: nine tenths of the time) spread
 * over one thread per core, for the command-line tools. The result is the same, in the same order:
 * each thread takes a contiguous run of files and the cross-file checks run once, here, after.
 * Only the CLIs use it (under tsx, threads load the TypeScript worker the same way); pages and
 * tests use `loadContent`.
 */
export async function loadContentInParallel(dir: string = CONTENT_DIR, options: { minFilesPerThread?: number } = {}): Promise<LoadResult> {
  const prepared = prepareLoad(dir);
  const perThread = options.minFilesPerThread ?? MIN_FILES_PER_THREAD;
  const threads = Math.min(os.availableParallelism(), Math.floor(prepared.files.length / perThread));
  if (threads < 2) return finishLoad(prepared, prepared.files.map((file) => checkFile(file, prepared.categoryIds)));
  const size = Math.ceil(prepared.files.length / threads);
  const runs = Array.from({ length: threads }, (_, index) => prepared.files.slice(index * size, (index + 1) * size));
  const results = await Promise.all(runs.map((files) => checkInThread({ files, categoryIds: prepared.categoryIds })));
  return finishLoad(prepared, results.flat());
}

/**
 * The CLIs run TypeScript through tsx, and Node 20 does not hand tsx's module hooks on to new
 * threads, so each thread loads the worker module through tsx's own import.
 */
const WORKER_BOOT = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(new URL("./parallel-worker.ts", import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;

function checkInThread(input: WorkerInput): Promise<WorkerOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_BOOT, { eval: true, workerData: input });
    worker.once("message", (output: WorkerOutput) => resolve(output));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`content check thread exited with code ${code}`));
    });
  });
}

