/*
 * Legion Atlas responsive embeds: keeps every <iframe data-legion-atlas> as tall as the page it
 * shows, so it never has inner scrollbars. The embedded page posts its height; this script only
 * listens, and only trusts a message from the iframe's own window and origin.
 */
;(function () {
  if (window.__legionAtlasEmbeds) return
  window.__legionAtlasEmbeds = true
  window.addEventListener('message', function (event) {
    var data = event.data
    if (!data || data.type !== 'legion-atlas:resize' || typeof data.height !== 'number') return
    var frames = document.querySelectorAll('iframe[data-legion-atlas]')
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i]
      if (frame.contentWindow !== event.source) continue
      if (new URL(frame.src, window.location.href).origin !== event.origin) continue
      frame.style.height = Math.ceil(data.height) + 'px'
    }
  })
})()
