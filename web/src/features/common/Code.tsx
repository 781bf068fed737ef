import { codeOf, useCodeName, type CodeValue, type KodelisteNavn } from './code-lists';

/** A short code for the eye (with the name on hover) and its full name for screen readers. */
export function Code({ list, code }: { list: KodelisteNavn; code: CodeValue }) {
  const codeName = useCodeName();
  const name = codeName(list, code);
  return (
    <>
      <span aria-hidden="true" title={name}>
        {codeOf(code)}
      </span>
      <span className="visually-hidden">{name}</span>
    </>
  );
}
