// The rasad HTTP API (docs/api.md): JSON in, errors thrown with the server's message.
export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v != null) query.set(k, v);
  const url = query.toString() ? `${path}?${query}` : path;
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message || `${res.status} ${res.statusText}`);
  return body;
}

export const MAP_LIMIT = 5000;  // the API's largest page: every marker of a filtered view
