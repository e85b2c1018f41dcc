// Small browser helpers called through JS interop.
window.peeringHub = {
  download: (fileName, contentType, text) => {
    const url = URL.createObjectURL(new Blob([text], { type: contentType }));
    const a = document.createElement('a');
    a.href = url; a.download = fileName; document.body.appendChild(a); a.click(); a.remove();
    URL.revokeObjectURL(url);
  },
};

// Shift-click on a board row selects a range; without this the browser also paints a text selection across the rows.
document.addEventListener('mousedown', e => {
  if (e.shiftKey && e.target instanceof Element && e.target.closest('#sessions-grid tr')) e.preventDefault();
});
