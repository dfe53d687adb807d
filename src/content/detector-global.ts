// State the detector keeps on its isolated world's globalThis (invisible to the page).
export interface DetectorGlobal {
  /** Set by user-site-flag.js on sites the user added. */
  mirrorReaderUserSite?: boolean;
  /** Set once the detector runs, so that a second injection does nothing. */
  mirrorReaderDetector?: boolean;
}

export const detectorGlobal = globalThis as typeof globalThis & DetectorGlobal;
