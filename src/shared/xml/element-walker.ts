import type { XmlHandler } from './xml-stream-parser.js';

/** One open element while a file is walked: enough to know its place, its text and what it holds. */
export interface ElementFrame<T = unknown> {
  name: string;
  line: number;
  attributes: Record<string, string>;
  parent: ElementFrame<T> | undefined;
  /** Whether a child element has been seen (then the element's own text is ignored). */
  hasChildren: boolean;
  text: string;
  /** What the visitor keeps about the element while it is open. */
  data: T | undefined;
}

export interface ElementVisitor<T = unknown> {
  open?(frame: ElementFrame<T>): void;
  /** An element without child elements closes; `value` is its trimmed text. */
  leaf?(frame: ElementFrame<T>, value: string): void;
  /** Any element closes (after `leaf` for leaves). */
  close?(frame: ElementFrame<T>): void;
}

/** Turns the tokenizer's events into open/leaf/close calls on element frames that know their parent. */
export function elementWalker<T>(visitor: ElementVisitor<T>): XmlHandler {
  let top: ElementFrame<T> | undefined;
  return {
    open(name, attributes, line) {
      if (top) top.hasChildren = true;
      top = { name, line, attributes, parent: top, hasChildren: false, text: '', data: undefined };
      visitor.open?.(top);
    },
    text(text) {
      if (top && !top.hasChildren) top.text += text;
    },
    close() {
      const frame = top;
      if (!frame) return;
      if (!frame.hasChildren) visitor.leaf?.(frame, frame.text.trim());
      visitor.close?.(frame);
      top = frame.parent;
    },
  };
}
