import { stat } from 'node:fs/promises';
import { elementWalker } from './element-walker.js';
import { scanXmlFile } from './scan-xml-file.js';

/** A small XML document read whole (for short files such as an ADDML description). */
export interface XmlNode {
  name: string;
  line: number;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** Trimmed text of an element without child elements; '' otherwise. */
  text: string;
}

/** Reads a file of at most `maxBytes` into a tree; larger files are refused rather than read into memory. */
export async function readXmlTree(file: string, maxBytes = 32 * 1024 * 1024): Promise<XmlNode> {
  const { size } = await stat(file);
  if (size > maxBytes) throw new Error(`${file} er større enn ${maxBytes} byte`);
  let root: XmlNode | undefined;
  await scanXmlFile(
    file,
    elementWalker<XmlNode>({
      open(frame) {
        const node: XmlNode = { name: frame.name, line: frame.line, attributes: frame.attributes, children: [], text: '' };
        frame.data = node;
        if (frame.parent?.data) frame.parent.data.children.push(node);
        else root = node;
      },
      leaf(frame, value) {
        if (frame.data) frame.data.text = value;
      },
    }),
  );
  if (!root) throw new Error(`${file} har ikke noe rotelement`);
  return root;
}

export const childrenNamed = (node: XmlNode, name: string) => node.children.filter((c) => c.name === name);
export const childNamed = (node: XmlNode, name: string) => node.children.find((c) => c.name === name);
