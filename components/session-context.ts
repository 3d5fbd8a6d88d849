"use client";

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

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string) {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // Storage can be refused (private modes); the support request then just lacks this line.
  }
}

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
