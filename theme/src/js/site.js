/*
 * Starts GOV.UK Frontend's scripts for the components this site uses.
 *
 * This file is appended to GOV.UK Frontend's all.bundle.js in one classic
 * script (theme/dist/site.js), which defines window.GOVUKFrontend. Pages work
 * without it: Exit this page is a plain link, the navigation is a plain list.
 * It sits at the end of <body>, so the document is already parsed.
 */
(function () {
  'use strict'

  var frontend = window.GOVUKFrontend
  var body = document.body

  // GOV.UK's page template marks support with an inline script; a strict
  // Content Security Policy forbids inline scripts, so it is done here.
  body.classList.add('js-enabled')
  if (!frontend || !('noModule' in HTMLScriptElement.prototype)) {
    return
  }
  body.classList.add('govuk-frontend-supported')

  // Only the components the theme renders. Exit this page listens for Shift
  // pressed three times as well as for its button.
  var components = [
    frontend.SkipLink,
    frontend.Button,
    frontend.ExitThisPage,
    frontend.ServiceNavigation,
    frontend.Checkboxes
  ]
  components.forEach(function (Component) {
    frontend.createAll(Component)
  })
})()
