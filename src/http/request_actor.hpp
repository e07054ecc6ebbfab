#pragma once

#include "domain/actor.hpp"
#include "http/http_types.hpp"

namespace rectrack {

// Who makes a write through the API. Until the API authenticates its callers every write is recorded as made
// through the API; authentication supplies the signed-in user here.
Actor request_actor(const HttpRequest& request);

}  // namespace rectrack
