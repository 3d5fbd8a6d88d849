import { parentPort, workerData } from "node:worker_threads";
import { checkFile } from "./check-file";
import type { Problem } from "./problems";
import type { SourceFile } from "./source";
import type { CheckedFile } from "./types";

/** One thread of `loadContentInParallel`: checks a run of files and posts the results back, in order. */
export interface WorkerInput {
  files: SourceFile[];
  categoryIds: string[];
}

export type WorkerOutput = { checked?: CheckedFile; problems: Problem[] }[];

if (parentPort && workerData) {
  const { files, categoryIds } = workerData as WorkerInput;
  const output: WorkerOutput = files.map((file) => checkFile(file, categoryIds));
  parentPort.postMessage(output);
}
