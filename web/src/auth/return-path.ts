/**
 * The path to return to after login, from `?neste=`. Only same-site paths
 * are accepted, so a crafted link cannot send the user to another site.
 */
export function returnPath(search: string): string {
  const wanted = new URLSearchParams(search).get('neste');
  if (!wanted || !wanted.startsWith('/') || wanted.startsWith('//') || wanted.startsWith('/\\')) return '/';
  if (wanted.startsWith('/logg-inn')) return '/';
  return wanted;
}
