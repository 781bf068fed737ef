import { createReadStream } from 'node:fs';
import { DEFAULT_XML_LIMITS, XmlStreamParser, type XmlHandler, type XmlLimits } from './xml-stream-parser.js';

export interface ScanOptions {
  limits?: XmlLimits;
  /** Awaited after each chunk: lets the caller drain work it queued while parsing (back pressure). */
  afterChunk?: () => Promise<void>;
}

/** Streams one XML file through the handler, chunk by chunk. Throws XmlSyntaxError on malformed XML. */
export async function scanXmlFile(file: string, handler: XmlHandler, options: ScanOptions = {}): Promise<void> {
  const parser = new XmlStreamParser(handler, options.limits ?? DEFAULT_XML_LIMITS);
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      if (options.afterChunk) await options.afterChunk();
    }
    parser.end();
  } finally {
    stream.destroy();
  }
}
