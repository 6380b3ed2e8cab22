//! A small HTTP/1.1 server on 127.0.0.1 for the link checks, so no test reaches the internet.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What the server answers for a path: the status line's end ("200 OK"), extra header lines
/// (each ending in "\r\n") and the body.
pub type Route = fn(&str) -> (String, String, String);

/// Starts a server that answers every request with `route`; returns its base URL
/// (`http://127.0.0.1:port`) and the number of requests it has seen. It runs until the test
/// process ends.
pub fn serve(route: Route) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            counter.fetch_add(1, Ordering::SeqCst);
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().expect("clone"));
                let mut request = String::new();
                if reader.read_line(&mut request).is_err() {
                    return;
                }
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
                let (status, headers, body) = route(&path);
                let mut stream = stream;
                let head = request.starts_with("HEAD");
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n{headers}\r\n",
                    body.len()
                );
                if !head {
                    let _ = stream.write_all(body.as_bytes());
                }
            });
        }
    });
    (base, hits)
}
