#include "http/request_actor.hpp"

namespace rectrack {

Actor request_actor(const HttpRequest& /*request*/) { return Actor{std::nullopt, "api"}; }

}  // namespace rectrack
