"use client";

import { readItem, writeItem } from "./browser-storage";

/**
 * What the user told the portal on the way to an article (the symptom they picked, the error
 * they pasted), kept in this tab only, so a support request can carry it. Never sent anywhere.
 */
export interface PastedError {
  labels: string[];
  requestIds: string[];
  message?: string;
}

const SYMPTOM_KEY = "help:symptom";
const PASTED_KEY = "help:pasted-error";

const read = (key: string) => readItem("sessionStorage", key);
const write = (key: string, value: string) => writeItem("sessionStorage", key, value);

export const rememberSymptom = (symptom: string) => write(SYMPTOM_KEY, symptom);
export const recalledSymptom = (): string | undefined => read(SYMPTOM_KEY) ?? undefined;

export const rememberPastedError = (error: PastedError) => write(PASTED_KEY, JSON.stringify(error));
export function recalledPastedError(): PastedError | undefined {
  const raw = read(PASTED_KEY);
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as PastedError;
    return Array.isArray(value.labels) && Array.isArray(value.requestIds) ? value : undefined;
  } catch {
    return undefined;
  }
}
