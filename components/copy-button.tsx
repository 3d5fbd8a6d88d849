"use client";

import { useRef, useState, type ReactNode } from "react";
import { copyToClipboard } from "./copy-to-clipboard";

interface CopyButtonProps {
  /** The text to copy, computed at click time (so it can use the page's real URL). */
  text: () => string;
  children: ReactNode;
  /** Said (and shown) after copying, e.g. "Link copied". */
  confirmation: string;
  className?: string;
  /** Accessible name when the visible label is an icon or too short to stand alone. */
  label?: string;
  /** Called after a successful copy. */
  onCopied?: () => void;
}

/** A button that copies and confirms it in a live region, for screen readers and eyes alike. */
export function CopyButton({ text, children, confirmation, className, label, onCopied }: CopyButtonProps) {
  const [message, setMessage] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onClick = async () => {
    const copied = await copyToClipboard(text());
    setMessage(copied ? confirmation : "Copy failed: select the text and copy it yourself");
    if (copied) onCopied?.();
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(""), 4000);
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={onClick} aria-label={label} className={className}>
        {children}
      </button>
      <span role="status" className="text-sm text-green-800 dark:text-green-300">
        {message}
      </span>
    </span>
  );
}
