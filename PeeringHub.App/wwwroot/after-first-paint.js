// Runs the page's scripts (data-scripts, in order) once its first contentful paint is on screen.
// As plain script tags at the end of the body, MudBlazor's and Blazor's scripts ran (about 80 ms on the board bench's
// machine) after the prerendered rows were laid out but before chromium put that frame on screen, so the rows showed that
// much later. Nothing needs them before the paint: the prerendered page is inert until Blazor's circuit starts.
(() => {
  const scripts = document.currentScript.dataset.scripts.split(' ');
  let started = false;
  const run = () => {
    if (started) return;
    started = true;
    for (const src of scripts) {
      const script = document.createElement('script');
      script.src = src;
      script.async = false; // inserted scripts run in order: MudBlazor's functions exist before Blazor starts the circuit
      document.body.append(script);
    }
  };
  // A tab opened in the background paints nothing until it is shown; its circuit starts anyway.
  const paintObservable = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint');
  if (document.hidden || !paintObservable) return run();
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return; // 'first-paint' may be the background alone
    observer.disconnect();
    run();
  }).observe({ type: 'paint', buffered: true });
  // A page with nothing contentful to paint does not wait longer than this.
  setTimeout(run, 1000);
})();
