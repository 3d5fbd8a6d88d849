"use client";

import type { PastedError } from "@/lib/support/pasted-error";
import { readItem, writeItem } from "./browser-storage";

/**
 * What the user told the portal on the way to an article (the symptom they picked, the error
 * they pasted), kept in this tab only, so a support request can carry it. Never sent anywhere.
 * The pasted error is stored only as `pastedErrorFrom` built it (redacted), and read back raw for
 * `parsePastedError` to check: that parser and the redactor load with the support request, not here.
 */
const SYMPTOM_KEY = "help:symptom";
const PASTED_KEY = "help:pasted-error";
const MAX_SYMPTOM_CHARS = 200;

const read = (key: string) => readItem("sessionStorage", key);
const write = (key: string, value: string) => writeItem("sessionStorage", key, value);

export const rememberSymptom = (symptom: string) => write(SYMPTOM_KEY, symptom.slice(0, MAX_SYMPTOM_CHARS));
export const recalledSymptom = (): string | undefined => read(SYMPTOM_KEY)?.slice(0, MAX_SYMPTOM_CHARS) || undefined;

export const rememberPastedError = (error: PastedError) => write(PASTED_KEY, JSON.stringify(error));
/** The stored JSON, unchecked: give it to `parsePastedError`. */
export const recalledPastedErrorJson = (): string | null => read(PASTED_KEY);
