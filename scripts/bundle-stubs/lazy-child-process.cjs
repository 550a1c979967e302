// What commander gets for node:child_process in the bundle (scripts/bundle.js): the real module, required when commander
// first uses it. Commander needs it only to run a subcommand as a program of its own, which yishi never does; required
// at start it cost every command some 3 ms.
'use strict';
let real;
module.exports = new Proxy(
  {},
  {
    get(_, key) {
      real ??= require('node:child_process');
      return real[key];
    },
  },
);
