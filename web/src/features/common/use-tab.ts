import { useSearchParams } from 'react-router';

/** The open tab lives in the address (?fane=…), so a link or reload opens the same one. */
export function useTab<T extends string>(tabs: readonly T[]): [T, (tab: string) => void] {
  const [params, setParams] = useSearchParams();
  const wanted = params.get('fane');
  const current = tabs.find((tab) => tab === wanted) ?? tabs[0]!;
  const select = (tab: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (tab === tabs[0]) next.delete('fane');
        else next.set('fane', tab);
        return next;
      },
      { replace: true },
    );
  return [current, select];
}
