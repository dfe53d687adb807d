// Present only so that the bench runner can read the extension id from the service worker's URL.
