// The portal's service worker. It keeps only what is the same for everyone: the offline page, the stylesheets,
// scripts, icons and the manifest. Pages and API answers are never stored: they may hold one person's data, and the
// next person on the same phone must not be shown them. A new version of the shell: change VERSION.
'use strict';

var VERSION = 'opendvc-shell-v1';
var OFFLINE_PAGE = '/offline.html';
var SHELL = [OFFLINE_PAGE, '/css/opendvc.css', '/css/pwa.css', '/js/opendvc.js', '/js/pwa.js',
  '/icons/icon-192.png', '/icons/icon-512.png', '/manifest.webmanifest'];
// public files only: anything else (pages, /me, /officer, /api, /admin…) goes to the network and is not kept
var STATIC = /^\/(css|js|icons|img|webjars)\/|^\/manifest\.webmanifest$|^\/offline\.html$/;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(VERSION).then(function (cache) {
    // past the browser's HTTP cache, so that a new version never starts with old files
    return cache.addAll(SHELL.map(function (url) { return new Request(url, { cache: 'reload' }); }));
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name !== VERSION; })
      .map(function (name) { return caches.delete(name); }));
  }).then(function () {
    return self.clients.claim();
  }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate') {
    // the page from the network, never from or into the cache; the offline page when there is no network
    event.respondWith(fetch(request).catch(function () {
      return caches.match(OFFLINE_PAGE).then(function (page) { return page || Response.error(); });
    }));
    return;
  }
  if (STATIC.test(url.pathname) && !url.search) {
    event.respondWith(cachedThenRefreshed(event, request));
  }
});

// From the cache at once when there (an offline start), refreshed from the network behind it for the next time.
function cachedThenRefreshed(event, request) {
  return caches.open(VERSION).then(function (cache) {
    return cache.match(request).then(function (cached) {
      var fresh = fetch(request).then(function (response) {
        if (response.ok && response.type === 'basic') {
          return cache.put(request, response.clone()).then(function () { return response; });
        }
        return response;
      });
      if (cached) {
        event.waitUntil(fresh.catch(function () { return undefined; }));
        return cached;
      }
      return fresh;
    });
  });
}
