;;; emacs.el --- run by emacs.editor.ts inside `emacs --batch -l`  -*- lexical-binding: t -*-
;; Opens an article the way an Emacs user with Copydesk set up in Eglot
;; would (a *.news file opens in `news-mode', whose hook calls
;; `eglot-ensure'), waits for Flymake to show the server's diagnostics, and
;; writes what Emacs received to $COPYDESK_OUT as JSON.
;; Written for Emacs 28 with Debian's elpa-eglot 1.9.

(require 'package)
(require 'json)

(defconst copydesk-timeout 20 "Seconds to wait for each answer from the server.")

(define-derived-mode news-mode text-mode "News" "A news article for Copydesk.")
(add-to-list 'auto-mode-alist '("\\.news\\'" . news-mode))

(defun copydesk-set-up-eglot ()
  "What a user's init file holds: Copydesk as the server for `news-mode', started on opening."
  (package-initialize)                  ; Debian's elpa-* packages live in package.el's system directories
  (unless (require 'eglot nil t)
    (error "Eglot is not installed. Install it with: apt-get install elpa-eglot"))
  (add-to-list 'eglot-server-programs
               (cons 'news-mode (append (json-read-from-string (getenv "COPYDESK_SERVER_CMD")) nil)))
  (add-hook 'news-mode-hook #'eglot-ensure))

(defun copydesk-wait-until (ready)
  "Read the server's messages until READY returns non-nil or the time is up."
  (let ((deadline (+ (float-time) copydesk-timeout)))
    (while (and (not (funcall ready)) (< (float-time) deadline))
      ;; What the command loop would do between keystrokes: run Eglot's and Flymake's deferred starts.
      (run-hooks 'post-command-hook)
      (accept-process-output nil 0.05))
    (funcall ready)))

(defun copydesk-diagnostic (diagnostic)
  "DIAGNOSTIC as Flymake holds it: its text, the LSP code Eglot kept, and 1-based line and column."
  (let ((lsp (alist-get 'eglot-lsp-diag (flymake-diagnostic-data diagnostic)))
        (start (flymake-diagnostic-beg diagnostic)))
    `((code . ,(plist-get lsp :code))
      (message . ,(plist-get lsp :message))
      (text . ,(flymake-diagnostic-text diagnostic))
      (line . ,(line-number-at-pos start))
      (column . ,(save-excursion (goto-char start) (1+ (current-column)))))))

(defun copydesk-diagnostics ()
  (vconcat (mapcar #'copydesk-diagnostic
                   (sort (flymake-diagnostics)
                         (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))

(defun copydesk-hover (word)
  "What `eldoc' would ask for with point on WORD: the server's hover text."
  (goto-char (point-min))
  (when (search-forward word nil t)
    (backward-char 2)
    (let ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover
                                  (eglot--TextDocumentPositionParams)
                                  :timeout copydesk-timeout)))
      `((line . ,(line-number-at-pos)) (word . ,word)
        (contents . ,(plist-get (plist-get hover :contents) :value))))))

(defun copydesk-fix-all ()
  "The buffer's text after the fix-all code action, asked for as docs/editors.md tells Emacs users to."
  (eglot-code-actions (point-min) (point-max) "source.fixAll.copydesk" t)
  (buffer-substring-no-properties (point-min) (point-max)))

(defun copydesk-report ()
  (copydesk-set-up-eglot)
  (let ((buffer (find-file-noselect (getenv "COPYDESK_ARTICLE"))))
    (switch-to-buffer buffer)
    (if (not (copydesk-wait-until (lambda () (and (eglot-current-server) (flymake-diagnostics)))))
        `((error . ,(format "no diagnostics within %s s (server %s)" copydesk-timeout
                            (if (eglot-current-server) "started" "not started")))
          (mode . ,(symbol-name major-mode)) (diagnostics . []))
      ;; Diagnostics arrive in one notification; a moment more catches a second one if the server sent it.
      (accept-process-output nil 0.3)
      `((mode . ,(symbol-name major-mode))
        (server . ,(plist-get (eglot--server-info (eglot-current-server)) :name))
        (diagnostics . ,(copydesk-diagnostics))
        (hover . ,(copydesk-hover "Thursday"))
        (fixedText . ,(copydesk-fix-all))))))

(let ((report (condition-case failure (copydesk-report)
                (error `((error . ,(error-message-string failure)) (diagnostics . []))))))
  (with-temp-file (getenv "COPYDESK_OUT") (insert (json-encode report)))
  (kill-emacs 0))
