// Runs before detector.js on sites the user added (background/user-sites.ts): there the URL-shape
// test of built-in mirror hosts does not apply, the page markers alone decide.
import { detectorGlobal } from './detector-global';

detectorGlobal.mirrorReaderUserSite = true;
