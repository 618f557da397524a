// Service worker: keeps the app working when a counter PC loses its network.
// Every file of one build is cached together under that build's version and
// served from there, so a page never mixes files (or policy data) of two builds.
// scripts/postbuild.mjs fills in the version and the file list.
const VERSION = '__VERSION__';
const ASSETS = __ASSETS__;
const CACHE = `gongshang-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

// The page asks for this when the user accepts the new version.
self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Every page of the app is the one index.html; the hash selects the page.
    const hit = request.mode === 'navigate' ? await cache.match('./', { ignoreSearch: true }) : await cache.match(request);
    return hit ?? fetch(request);
  })());
});
