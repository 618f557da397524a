// The Firefox leg: the WebKit leg's journeys (tests/webkit/journeys.test.mjs), unchanged, in
// headless Firefox ESR through geckodriver. Run through scripts/firefox, which starts the driver.
process.env.JOURNEY_ENGINE = 'firefox';
await import('../webkit/journeys.test.mjs');
