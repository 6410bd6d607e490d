// Preloaded into a bot under test (NODE_OPTIONS=--import=...): on SIGUSR2, a rejection nobody
// handles, as a platform client's reconnect loop giving up after start-up would raise.
process.on('SIGUSR2', () => {
  void Promise.reject(new Error('reconnect gave up'));
});
